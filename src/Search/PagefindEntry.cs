using System.Text.Json;

namespace Wsis.Search;

/// <summary>What the index takes from the installed Pagefind's own pagefind-entry.json: its version, which pagefind.js checks, and the characters it counts as part of words.</summary>
/// <param name="IncludeCharacters">The JSON array as Pagefind wrote it.</param>
public sealed record PagefindEntry(string Version, string IncludeCharacters)
{
    public static PagefindEntry? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
                && root.TryGetProperty("include_characters", out var characters) && characters.ValueKind == JsonValueKind.Array)
                return new PagefindEntry(version.GetString()!, characters.GetRawText());
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
