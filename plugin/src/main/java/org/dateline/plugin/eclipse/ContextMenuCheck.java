package org.dateline.plugin.eclipse;

import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;

/**
 * For the scripted run: evaluates, in the running workbench, the visibleWhen expression this
 * bundle's plugin.xml gives "Open in Dateline" in context menus (the Project Explorer's), for a
 * given selection. Proves the expression, the property tester and the IFile path together.
 */
final class ContextMenuCheck {
    static final String POPUP = "popup:org.eclipse.ui.popup.any?after=additions";

    private ContextMenuCheck() {
    }

    /** Would the context menu show "Open in Dateline" for this selection? */
    static boolean shownFor(IStructuredSelection selection) throws CoreException {
        Expression visibleWhen = visibleWhen();
        EvaluationContext context = new EvaluationContext(null, selection);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
        context.setAllowPluginActivation(true);
        return visibleWhen.evaluate(context) == EvaluationResult.TRUE;
    }

    private static Expression visibleWhen() throws CoreException {
        for (IConfigurationElement contribution : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) {
            if (!POPUP.equals(contribution.getAttribute("locationURI"))
                    || !"org.dateline.plugin".equals(contribution.getContributor().getName())) {
                continue;
            }
            for (IConfigurationElement command : contribution.getChildren("command")) {
                if (OpenInDatelineHandler.COMMAND_ID.equals(command.getAttribute("commandId"))) {
                    IConfigurationElement visibleWhen = command.getChildren("visibleWhen")[0];
                    return ExpressionConverter.getDefault().perform(visibleWhen.getChildren()[0]);
                }
            }
        }
        throw new IllegalStateException("plugin.xml has no " + POPUP + " contribution of " + OpenInDatelineHandler.COMMAND_ID);
    }
}
