using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wsis.Model;

namespace Wsis.Render;

/// <summary>The web app manifest: the site's name and its icons, so a saved bookmark looks like the site.</summary>
public static class WebManifest
{
    public const string ThemeColour = "#1F4E79";
    public const string BackgroundColour = "#FFFFFF";

    public static byte[] Create(SiteSettings site, Assets assets)
    {
        var manifest = new JsonObject
        {
            ["name"] = site.Title,
            ["short_name"] = site.Title.Length <= 12 ? site.Title : "WSIS",
            ["description"] = site.Description,
            ["lang"] = site.Language,
            ["start_url"] = Urls.Home,
            ["scope"] = Urls.Home,
            ["display"] = "browser",
            ["theme_color"] = ThemeColour,
            ["background_color"] = BackgroundColour,
            ["icons"] = new JsonArray(
                Icon(assets.Url("icon.svg"), "any", "image/svg+xml"),
                Icon(assets.Url("icon-192.png"), "192x192", "image/png"),
                Icon(assets.Url("icon-512.png"), "512x512", "image/png"),
                Icon(assets.Url("icon-maskable-512.png"), "512x512", "image/png", "maskable")),
        };
        // Written by the node itself: no reflection (Native AOT), the same bytes as JsonSerializer with WriteIndented.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true })) manifest.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static JsonObject Icon(string src, string sizes, string type, string purpose = "any") =>
        new() { ["src"] = src, ["sizes"] = sizes, ["type"] = type, ["purpose"] = purpose };
}
