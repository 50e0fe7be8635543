namespace Wsis.Pdf;

/// <summary>The paper sizes the handout stylesheet is laid out for.</summary>
public enum Paper
{
    A4,
    Letter,
}
