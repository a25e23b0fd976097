// The fixture: this folder becomes a git repository (branch main, one commit) whose remote "origin"
// is a bare repository, remote.git, that already has a gh-pages branch with an older site.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.dircache.DirCache
import org.eclipse.jgit.dircache.DirCacheEntry
import org.eclipse.jgit.lib.CommitBuilder
import org.eclipse.jgit.lib.Constants
import org.eclipse.jgit.lib.FileMode
import org.eclipse.jgit.lib.PersonIdent
import org.eclipse.jgit.transport.URIish

def who = new PersonIdent('Desk', 'desk@example.org')
def remoteDir = new File(basedir, 'remote.git')
def remote = Git.init().setBare(true).setDirectory(remoteDir).call()
def repo = remote.repository
def inserter = repo.newObjectInserter()
def blob = inserter.insert(Constants.OBJ_BLOB, '<p>an older site</p>'.getBytes('UTF-8'))
def index = DirCache.newInCore()
def builder = index.builder()
def entry = new DirCacheEntry('old.html')
entry.fileMode = FileMode.REGULAR_FILE
entry.objectId = blob
builder.add(entry)
builder.finish()
def commit = new CommitBuilder()
commit.treeId = index.writeTree(inserter)
commit.author = who
commit.committer = who
commit.message = 'An older site\n'
def old = inserter.insert(commit)
inserter.flush()
def update = repo.updateRef('refs/heads/gh-pages')
update.newObjectId = old
update.update()
new File(basedir, 'old-site-commit.txt').text = old.name()
remote.close()

new File(basedir, '.gitignore').text = 'target/\nbuild.log\nremote.git/\nold-site-commit.txt\n'
def project = Git.init().setDirectory(basedir).setInitialBranch('main').call()
project.add().addFilepattern('.').call()
project.commit().setMessage('The briefings').setAuthor(who).setCommitter(who).call()
project.remoteAdd().setName('origin').setUri(new URIish(remoteDir.toURI().toString())).call()
project.close()
return true
