import java.awt.image.BufferedImage
import javax.imageio.ImageIO

def img = new File(basedir, 'content/images/ok.jpg')
img.parentFile.mkdirs()
ImageIO.write(new BufferedImage(16, 9, BufferedImage.TYPE_INT_RGB), 'jpg', img)
// a photo whose IPTC block has a broken length: its Credit (2:110) comes before the damage
def broken = new File(basedir, 'content/images/broken-iptc.jpg')
ImageIO.write(new BufferedImage(16, 9, BufferedImage.TYPE_INT_RGB), 'jpg', broken)
def iptc = new ByteArrayOutputStream()
def credit = 'Desk / Agency'.getBytes('UTF-8')
iptc.write([0x1C, 2, 110, 0, credit.length] as byte[])
iptc.write(credit)
iptc.write([0x1C, 2, 120, 0x0F, 0xA0] as byte[]) // a caption claiming 4000 bytes
iptc.write('short'.getBytes('UTF-8'))
def data = iptc.toByteArray()
def app13 = new ByteArrayOutputStream()
app13.write('Photoshop 3.0\u00008BIM'.getBytes('ISO-8859-1'))
app13.write([0x04, 0x04, 0, 0, 0, 0, 0, data.length] as byte[])
app13.write(data)
if (data.length % 2 == 1) app13.write(0)
def payload = app13.toByteArray()
def jpeg = broken.bytes
def out = new ByteArrayOutputStream()
out.write(jpeg, 0, 2)
out.write([0xFF, 0xED, (payload.length + 2) >> 8, (payload.length + 2) & 0xFF] as byte[])
out.write(payload)
out.write(jpeg, 2, jpeg.length - 2)
broken.bytes = out.toByteArray()
// a previous, good build that must survive the failed one
def previous = new File(basedir, 'target/briefing-site/index.html')
previous.parentFile.mkdirs()
previous.text = '<p>previous site</p>'
// as every build leaves it, so that the folder is known to be a build's
new File(previous.parentFile, '.briefings-site').text = 'Written by Briefings (briefing-maven-plugin): every build replaces this whole folder.\n'
return true
