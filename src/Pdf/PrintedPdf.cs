namespace Wsis.Pdf;

/// <summary>A printed PDF with its page count, and the items taller than a page that were let break across pages.</summary>
public sealed record PrintedPdf(PdfJob Job, byte[] Content, int Pages, IReadOnlyList<string> LongItems);
