namespace Wsis.Serve;

public sealed record ServeOptions
{
    public required string ContentDirectory { get; init; }
    public required string TemplatesDirectory { get; init; }
    public int Port { get; init; } = 8080;

    public string Origin => $"http://127.0.0.1:{Port}";
}
