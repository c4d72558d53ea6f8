using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>
/// A small local HTTP server standing in for the Blob service: it creates containers and answers
/// every other request with whatever the test says for that request's number (1, 2, …).
/// </summary>
internal sealed class StubBlobServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _blobRequests;

    private StubBlobServer(WebApplication app) => _app = app;

    /// <summary>The path-style endpoint of the stub's development account.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>How many requests other than Create Container have arrived.</summary>
    public int BlobRequests => Volatile.Read(ref _blobRequests);

    public static async Task<StubBlobServer> StartAsync(Func<int, HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new StubBlobServer(app);
        app.Run(async context =>
        {
            if (context.Request.Query["restype"] == "container" && context.Request.Method == HttpMethods.Put)
            {
                context.Response.StatusCode = (int)HttpStatusCode.Created;
                return;
            }

            await answer(Interlocked.Increment(ref server._blobRequests), context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Endpoint = new Uri($"{address.TrimEnd('/')}/devstoreaccount1");
        return server;
    }

    /// <summary>A successful Put Blob answer.</summary>
    public static Task Created(HttpContext context, string etag)
    {
        context.Response.StatusCode = (int)HttpStatusCode.Created;
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Sat, 22 Nov 2025 05:00:00 GMT";
        return Task.CompletedTask;
    }

    /// <summary>An error answer the way the Blob service gives it.</summary>
    public static Task Error(HttpContext context, HttpStatusCode status, string code)
    {
        context.Response.StatusCode = (int)status;
        context.Response.Headers["x-ms-error-code"] = code;
        context.Response.ContentType = "application/xml";
        return context.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{code}</Code><Message>stub says {code}</Message></Error>");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
