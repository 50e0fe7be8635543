namespace Wsis.Model;

/// <summary>One wording of a target's text and the items whose source gives it so; sources do not always agree word for word.</summary>
public sealed record TargetWording(string Text, IReadOnlyList<IItem> Items);
