def file = new File(basedir, 'content/2025/elections-en-moldavie-le-second-tour.md')
assert file.isFile() : "no briefing written:\n" + new File(basedir, 'build.log').text
def text = file.getText('UTF-8')
assert text.startsWith('---\ntitle: "Élections en Moldavie : le second tour"\n')
assert text.contains('\ndate: 2025-03-02T12:00:00+02:00\n')
assert text.contains('\nauthor: "Rédaction Briefings"\n')
assert text.contains('\nlang: en\n')
assert text.contains('\ncountries: [MD, RO]\n')
assert text.contains('\ntopics: [elections]\n')
assert text.contains('\ndraft: true\n')
assert text.contains('\n# photo:\n')
assert new File(basedir, 'build.log').text.contains('Wrote content/2025/elections-en-moldavie-le-second-tour.md')
return true
