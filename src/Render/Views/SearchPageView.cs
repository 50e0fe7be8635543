namespace Wsis.Render.Views;

/// <summary>The search page: the filter choices come from the model, so they match the values the templates give the search index.</summary>
public sealed record SearchPageView(
    PageMeta Meta,
    IReadOnlyList<FilterOptionView> ActionLines,
    IReadOnlyList<FilterOptionView> Goals,
    IReadOnlyList<FilterOptionView> Stakeholders,
    IReadOnlyList<FilterOptionView> Kinds);
