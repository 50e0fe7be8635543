namespace Wsis.Render.Views;

public sealed record SubLineView(string Id, string Title, string Facilitators);
