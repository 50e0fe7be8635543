namespace Wsis.Pdf;

public sealed record PrintedPdf(PdfJob Job, byte[] Content, int Pages, TimeSpan Elapsed);
