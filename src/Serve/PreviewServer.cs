using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Wsis.Serve;

/// <summary>
/// Serves the current <see cref="LiveSite"/> from memory on 127.0.0.1, plus the reload script, the error
/// overlay's stylesheet, a status document and an event stream that announces each build.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();
    private static readonly byte[] BuildEvent = "event: build\ndata: {}\n\n"u8.ToArray();

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<HttpListenerResponse, byte> _streams = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<LiveSite> _site;
    private Task? _loop;
    private Task? _heartbeat;

    public PreviewServer(string origin, Func<LiveSite> site)
    {
        _site = site;
        _listener.Prefixes.Add(origin + "/");
    }

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
        _heartbeat = Task.Run(Heartbeat);
    }

    /// <summary>Tells every open page that a build finished, good or not; each then asks for the status.</summary>
    public void AnnounceBuild()
    {
        foreach (var response in _streams.Keys) Send(response, BuildEvent);
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Heartbeat()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(15), _stop.Token);
                foreach (var response in _streams.Keys) Send(response, KeepAlive);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["Cache-Control"] = "no-store";
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                Reply(context, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served."u8.ToArray());
                return;
            }
            switch (path)
            {
                case ReloadScript.ScriptPath:
                    Reply(context, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript.Script));
                    return;
                case ReloadScript.StylePath:
                    Reply(context, 200, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript.Style));
                    return;
                case ReloadScript.StatusPath:
                    Reply(context, 200, "application/json; charset=utf-8", Status(_site()));
                    return;
                case ReloadScript.EventsPath:
                    OpenStream(context.Response);
                    return;
            }
            ServeFile(context, path, _site());
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away mid-answer; nothing to do.
        }
    }

    private static void ServeFile(HttpListenerContext context, string path, LiveSite site)
    {
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        var key = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (site.Files.TryGetValue(key, out var file))
        {
            Reply(context, 200, file.ContentType, file.ContentType.StartsWith("text/html", StringComparison.Ordinal) ? ReloadScript.Inject(file.Bytes, site.Version) : file.Bytes);
            return;
        }
        if (site.Files.ContainsKey(key + "/index.html"))
        {
            // Built from the file's key, not the request: "//about" would otherwise redirect to "//about/", another host to a browser.
            context.Response.KeepAlive = false;
            context.Response.Redirect("/" + Uri.EscapeDataString(key).Replace("%2F", "/", StringComparison.Ordinal) + "/");
            context.Response.Close();
            return;
        }
        if (site.Files.TryGetValue("404.html", out var notFound))
        {
            Reply(context, 404, notFound.ContentType, ReloadScript.Inject(notFound.Bytes, site.Version));
            return;
        }
        var message = site.Version == 0
            ? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No build yet</title></head><body><h1>The site has not built yet</h1><p>Fix the errors shown in the terminal; this page reloads by itself.</p></body></html>"
            : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>";
        Reply(context, 404, "text/html; charset=utf-8", ReloadScript.Inject(Encoding.UTF8.GetBytes(message), site.Version));
    }

    /// <summary>{"version":N,"errors":[{"location","code","message","fix"}]}, written directly (no reflection: Native AOT).</summary>
    private static byte[] Status(LiveSite site)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", site.Version);
            json.WriteStartArray("errors");
            foreach (var e in site.Errors)
            {
                json.WriteStartObject();
                json.WriteString("location", e.Location.ToString());
                json.WriteString("code", e.Code);
                json.WriteString("message", e.Message);
                json.WriteString("fix", e.Fix);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private void OpenStream(HttpListenerResponse response)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.SendChunked = true;
        _streams[response] = 0;
        Send(response, "retry: 1000\n\n"u8.ToArray());
        Send(response, BuildEvent);
    }

    private void Send(HttpListenerResponse response, byte[] bytes)
    {
        try
        {
            lock (response)
            {
                response.OutputStream.Write(bytes);
                response.OutputStream.Flush();
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            _streams.TryRemove(response, out _);
        }
    }

    private static void Reply(HttpListenerContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        // HttpListener leaves a pipelined second request on a kept-alive connection unanswered; closing after each answer
        // makes a pipelining client send it again on a new connection, as HTTP/1.1 expects of it (RFC 9112, 9.3.2).
        response.KeepAlive = false;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(body);
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var response in _streams.Keys)
        {
            try { response.Abort(); } catch (ObjectDisposedException) { }
        }
        _listener.Close();
        if (_loop is not null) await _loop;
        if (_heartbeat is not null) await _heartbeat;
        _stop.Dispose();
    }
}
