import java.awt.image.BufferedImage
import javax.imageio.ImageIO

def img = new File(basedir, 'content/images/ok.jpg')
img.parentFile.mkdirs()
ImageIO.write(new BufferedImage(16, 9, BufferedImage.TYPE_INT_RGB), 'jpg', img)
// a previous, good build that must survive the failed one
def previous = new File(basedir, 'target/briefing-site/index.html')
previous.parentFile.mkdirs()
previous.text = '<p>previous site</p>'
return true
