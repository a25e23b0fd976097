// draws the newsroom's photos: real JPEG files made here, not binaries checked in
import java.awt.Color
import java.awt.image.BufferedImage
import javax.imageio.ImageIO

def draw = { String path, int w, int h, Color c ->
    def f = new File(basedir, path)
    f.parentFile.mkdirs()
    def img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB)
    def g = img.createGraphics()
    g.color = c
    g.fillRect(0, 0, w, h)
    g.dispose()
    ImageIO.write(img, 'jpg', f)
}
draw('content/2024/harbour.jpg', 120, 80, new Color(20, 80, 140))
draw('content/images/map.jpg', 90, 60, new Color(140, 40, 20))
return true
