namespace Wsis.Render;

/// <summary>HTML that has already been produced by our own renderer and made safe; templates print it as is.</summary>
public sealed record TrustedHtml(string Value)
{
    public static readonly TrustedHtml Empty = new("");

    public bool IsEmpty => Value.Length == 0;

    public override string ToString() => Value;
}
