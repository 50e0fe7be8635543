namespace Wsis.Serve;

/// <summary>One file of the preview, as the browser receives it.</summary>
/// <param name="Html">The page's HTML string, so the next build can tell an unchanged page without encoding it again.</param>
public sealed record ServedFile(byte[] Bytes, string ContentType, string? Html = null);
