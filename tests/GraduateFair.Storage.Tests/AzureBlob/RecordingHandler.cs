using System.Collections.Concurrent;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>
/// Records every request ("PUT /devstoreaccount1/c/name?comp=appendblock") and can drop the
/// answer to one chosen request after the service has carried it out, like a lost response.
/// </summary>
internal sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<string> _requests = new();
    private Func<HttpRequestMessage, bool>? _dropAnswerOnce;
    private Func<Task>? _whileAnswerIsLost;

    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>
    /// The next request that matches is carried out, but its caller gets a broken connection
    /// instead of the answer; <paramref name="whileAnswerIsLost"/> runs in between.
    /// </summary>
    public void DropAnswerOnce(Func<HttpRequestMessage, bool> match, Func<Task>? whileAnswerIsLost = null)
    {
        _whileAnswerIsLost = whileAnswerIsLost;
        Interlocked.Exchange(ref _dropAnswerOnce, match);
    }

    public void Clear() => _requests.Clear();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Enqueue($"{request.Method} {request.RequestUri!.PathAndQuery}");
        var response = await base.SendAsync(request, cancellationToken);
        var drop = _dropAnswerOnce;
        if (drop is not null && drop(request) && Interlocked.CompareExchange(ref _dropAnswerOnce, null, drop) == drop)
        {
            response.Dispose();
            if (_whileAnswerIsLost is { } meanwhile)
            {
                await meanwhile();
            }

            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The test dropped the answer after the service carried the request out.");
        }

        return response;
    }
}
