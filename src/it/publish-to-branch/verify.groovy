import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.Constants
import org.eclipse.jgit.revwalk.RevWalk
import org.eclipse.jgit.treewalk.TreeWalk

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /Published to gh-pages of origin \(file:[^)]*remote\.git\/?\): commit [0-9a-f]{12}, \d+ added, 0 changed, 1 removed \(built from [0-9a-f]{12}\)/
// the token from GITHUB_TOKEN is never printed
assert !log.contains('it-secret-token-4711')

def project = Git.open(basedir)
def head = project.repository.resolve(Constants.HEAD).name()
def remote = Git.open(new File(basedir, 'remote.git'))
def tip = remote.repository.exactRef('refs/heads/gh-pages').objectId
def walk = new RevWalk(remote.repository)
def commit = walk.parseCommit(tip)
// on top of the older site that was already on the remote, naming the source commit
assert commit.parentCount == 1
assert commit.getParent(0).name() == new File(basedir, 'old-site-commit.txt').text
assert commit.fullMessage.contains(head)
def files = []
def tree = new TreeWalk(remote.repository)
tree.addTree(commit.tree)
tree.recursive = true
while (tree.next()) files << tree.pathString
assert files.containsAll(['.nojekyll', 'CNAME', 'index.html', '404.html', 'style.css', '2024/11/patrols/index.html'])
assert !files.contains('old.html') : 'a file that disappeared from the site must be removed'

// the newsroom's checkout is untouched: still on main at the same commit, nothing modified or staged
assert project.repository.fullBranch == 'refs/heads/main'
def status = project.status().call()
assert status.clean : "working tree changed: ${status.uncommittedChanges} ${status.untracked}"
assert !new File(basedir, '.nojekyll').exists()
// the local branch is the pushed one
assert project.repository.exactRef('refs/heads/gh-pages').objectId == tip
return true
