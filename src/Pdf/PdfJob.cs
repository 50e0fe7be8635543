namespace Wsis.Pdf;

/// <summary>One PDF to print: the handout page it comes from and where it goes in the site.</summary>
public sealed record PdfJob(string Title, string PageUrl, string OutputPath, string? ActionLineId);
