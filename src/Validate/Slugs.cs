using System.Text.RegularExpressions;

namespace Wsis.Validate;

/// <summary>The rule every name that becomes part of a path must follow, so no content can write outside the output folder.</summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9]{1,8}\\z")]
    private static partial Regex LabelPattern();

    public static bool IsSafe(string value) => value.Length <= 80 && SlugPattern().IsMatch(value);

    public static bool IsSafeLabel(string value) => LabelPattern().IsMatch(value);

    public const string Rule = "lowercase letters, digits and single hyphens only (such as 'about-the-roadmaps')";
}
