namespace Wsis.Render.Views;

/// <summary>A run of words of a word diff; Kind is "same", "del" or "ins" (the element a template wraps it in).</summary>
public sealed record DiffSegment(string Kind, string Text)
{
    public const string Same = "same";
    public const string Deleted = "del";
    public const string Inserted = "ins";
}
