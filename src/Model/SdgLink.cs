namespace Wsis.Model;

/// <summary>A link from an item to a goal ("9") or to one of its targets ("9.c"), with the target's text where the source gives it.</summary>
public sealed record SdgLink(int Goal, string? Target, string? TargetText)
{
    public string Key => Target ?? Goal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
