namespace Wsis.Serve;

/// <summary>One file of the preview, as the browser receives it.</summary>
/// <param name="Html">The page's HTML string, so the next build can tell an unchanged page without encoding it again.</param>
public sealed record ServedFile(byte[] Bytes, string ContentType, string? Html = null)
{
    public static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".webmanifest" => "application/manifest+json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".pdf" => "application/pdf",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };
}
