using System.Globalization;

namespace Wsis.Render;

/// <summary>WCAG contrast: picks dark or light text for a background colour, whichever reads better.</summary>
public static class Contrast
{
    public const string DarkText = "#1A1A1A";
    public const string LightText = "#FFFFFF";

    public static string TextColourFor(string background) =>
        Ratio(background, DarkText) >= Ratio(background, LightText) ? DarkText : LightText;

    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
