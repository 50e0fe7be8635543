namespace Wsis.Pdf;

/// <summary>A page printed to PDF, and the items (by URL) found taller than a page, which were let break.</summary>
public sealed record PrintedPage(byte[] Pdf, IReadOnlyList<string> LongItems);
