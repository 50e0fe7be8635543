namespace Wsis.Render.Views;

/// <summary>One source document and what this publication takes from it, counted: the action lines, priorities, roadmap rows, context, background pages.</summary>
public sealed record HoldingView(IReadOnlyList<string> Lines, int Priorities, int Rows, bool Context, IReadOnlyList<string> Pages, SourceView Source)
{
    /// <summary>Whether anything comes before the background pages in the list the template writes.</summary>
    public bool HasItemsOrContext => Priorities + Rows > 0 || Context;
}
