package org.dateline.plugin.eclipse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPathEditorInput;
import org.junit.jupiter.api.Test;

class ArticleFilesTest {
    @Test
    void acceptsHtmlHtmAndTxtInAnyCase() {
        assertThat(ArticleFiles.hasArticleExtension(Path.of("a/kyiv.html"))).isTrue();
        assertThat(ArticleFiles.hasArticleExtension(Path.of("kyiv.HTM"))).isTrue();
        assertThat(ArticleFiles.hasArticleExtension(Path.of("kyiv.Txt"))).isTrue();
    }

    @Test
    void rejectsOtherFilesAndNamesThatAreOnlyAnExtension() {
        assertThat(ArticleFiles.hasArticleExtension(Path.of("kyiv.pdf"))).isFalse();
        assertThat(ArticleFiles.hasArticleExtension(Path.of("kyiv.html.gz"))).isFalse();
        assertThat(ArticleFiles.hasArticleExtension(Path.of("html"))).isFalse();
        assertThat(ArticleFiles.hasArticleExtension(Path.of(".txt"))).isFalse();
        assertThat(ArticleFiles.hasArticleExtension(Path.of("/"))).isFalse();
    }

    @Test
    void keepsOnlyTheArticlesOfAMixedSelectionOnce() {
        StructuredSelection selection = new StructuredSelection(new Object[] {
            Path.of("a.html"), new File("b.txt"), Path.of("c.pdf"), "d.html", Path.of("a.html"), Path.of("folder")});

        assertThat(ArticleFiles.from(selection)).containsExactly(Path.of("a.html"), Path.of("b.txt"));
    }

    @Test
    void anEmptySelectionOrNothingGivesNoFiles() {
        assertThat(ArticleFiles.from(StructuredSelection.EMPTY)).isEmpty();
        assertThat(ArticleFiles.from(null)).isEmpty();
        assertThat(ArticleFiles.isArticle(null)).isFalse();
    }

    @Test
    void takesTheFileOfAnEditorInput() {
        IPathEditorInput input = proxy(IPathEditorInput.class, "getPath", IPath.fromOSString("/news/annexation.htm"));

        assertThat(ArticleFiles.from(input)).containsExactly(Path.of("/news/annexation.htm"));
        assertThat(ArticleFiles.isArticle(input)).isTrue();
    }

    @Test
    void takesTheLocationOfAProjectExplorerFile() {
        IFile file = proxy(IFile.class, "getLocation", IPath.fromOSString("/workspace/news/ceasefire.txt"));
        IFile image = proxy(IFile.class, "getLocation", IPath.fromOSString("/workspace/news/map.png"));

        assertThat(ArticleFiles.from(new StructuredSelection(List.of(file, image))))
                .containsExactly(Path.of("/workspace/news/ceasefire.txt"));
    }

    @Test
    void aWorkspaceFileWithoutLocationIsNotAnArticle() {
        IFile remote = proxy(IFile.class, "getLocation", null);

        assertThat(ArticleFiles.isArticle(remote)).isFalse();
    }

    /** An interface whose one interesting method answers the given value; the rest answer null. */
    private static <T> T proxy(Class<T> type, String method, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, m, args) -> m.getName().equals(method) ? value : null));
    }
}
