namespace Wsis.Pdf;

/// <summary>A paper size the handout stylesheet is laid out for, as Chromium names it and in millimetres.</summary>
public sealed record Paper(string Name, string Format, double WidthMm, double HeightMm)
{
    public static readonly Paper A4 = new("A4", "A4", 210, 297);
    public static readonly Paper Letter = new("US Letter", "Letter", 215.9, 279.4);
}
