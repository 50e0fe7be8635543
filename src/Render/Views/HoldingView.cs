namespace Wsis.Render.Views;

/// <summary>One source document and what this publication takes from it: "C2, C5, C6" · "57 roadmap rows" · the source.</summary>
public sealed record HoldingView(string Lines, string What, SourceView Source);
