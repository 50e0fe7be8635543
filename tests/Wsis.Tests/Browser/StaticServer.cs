using System.Net;
using System.Net.Sockets;

namespace Wsis.Tests.Browser;

/// <summary>Serves a built site on 127.0.0.1 the way the host will: clean URLs, 404.html, and the security headers.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly string _root;
    private readonly string _policy;
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public StaticServer(string root, string policy)
    {
        _root = Path.GetFullPath(root);
        _policy = policy;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private async Task Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var file = Path.GetFullPath(Path.Combine(_root, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            var found = file.StartsWith(_root, StringComparison.Ordinal) && File.Exists(file);
            if (!found) file = Path.Combine(_root, "404.html");
            response.StatusCode = found ? 200 : 404;
            response.ContentType = Wsis.Write.MediaTypes.Of(file);
            response.Headers["Content-Security-Policy"] = _policy;
            response.Headers["X-Content-Type-Options"] = "nosniff";
            var bytes = await File.ReadAllBytesAsync(file);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
        catch (Exception e) when (e is HttpListenerException or IOException)
        {
            // The browser went away mid-response; nothing to serve.
        }
        finally
        {
            response.Close();
        }
    }

    public void Dispose()
    {
        // Close alone, not Stop then Close: on Linux, Close after Stop looks the stopped port up again by binding it, and
        // fails with "Address already in use" when another test's server has taken the port meanwhile.
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Should the runtime still look the port up by binding it and find it taken, the listener is closed either way.
        }
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
