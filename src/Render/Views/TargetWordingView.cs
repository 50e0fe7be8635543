namespace Wsis.Render.Views;

/// <summary>One wording of a target and the items whose source words it so.</summary>
public sealed record TargetWordingView(string Text, IReadOnlyList<LinkView> GivenBy);
