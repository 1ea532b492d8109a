package org.dateline.plugin.eclipse;

import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.dateline.plugin.article}: true for an element that is an article file Dateline can
 * open; shows "Open in Dateline" only where it applies.
 */
public class ArticlePropertyTester extends PropertyTester {
    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return "article".equals(property) && ArticleFiles.isArticle(receiver);
    }
}
