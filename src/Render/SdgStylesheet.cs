using System.Text;
using Wsis.Model;

namespace Wsis.Render;

/// <summary>
/// The goals' official colours as CSS classes (.sdg-9), generated from sdgs.yml because the colours are content.
/// The policy forbids inline styles, so classes are the only way to colour a badge; the text colour is the one
/// with the better WCAG contrast.
/// </summary>
public static class SdgStylesheet
{
    public const string Name = "sdg-colours.css";

    public static byte[] Create(IReadOnlyList<Goal> goals)
    {
        var css = new StringBuilder("/* Generated from content/sdgs.yml: each goal's official colour and the text colour that contrasts best. */\n");
        foreach (var goal in goals)
            css.Append(".sdg-").Append(goal.Number).Append("{--sdg:").Append(goal.Colour).Append(";--sdg-text:").Append(Contrast.TextColourFor(goal.Colour)).Append("}\n");
        return Encoding.UTF8.GetBytes(css.ToString());
    }
}
