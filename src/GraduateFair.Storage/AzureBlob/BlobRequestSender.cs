using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>
/// Signs and sends one logical request with bounded retries of transient failures (5xx except
/// 501/505, 408, 429, timeouts, refused or broken connections), exponential back-off with jitter,
/// and <see cref="BlobStoreUnavailableException"/> once the attempts are spent.
/// </summary>
internal sealed class BlobRequestSender(
    HttpClient httpClient,
    AzureStorageConnection connection,
    AzureBlobStoreOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    public const string ApiVersion = "2025-01-05";

    /// <summary>Sends the request that <paramref name="buildRequest"/> makes afresh for every attempt.</summary>
    /// <returns>The first answer that is not a transient failure, with its body read.</returns>
    public async Task<BlobResponse> SendAsync(string operation, Func<HttpRequestMessage> buildRequest, CancellationToken cancellationToken)
    {
        var uncertain = false;
        string reason = "no attempt";
        Exception? lastException = null;
        for (var attempt = 1; ; attempt++)
        {
            using var request = buildRequest();
            request.Headers.TryAddWithoutValidation("x-ms-version", ApiVersion);
            SharedKeySigner.Sign(request, connection, timeProvider.GetUtcNow());
            var mutating = request.Method != HttpMethod.Get && request.Method != HttpMethod.Head;

            using var attemptTimeout = new CancellationTokenSource(options.AttemptTimeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
            try
            {
                using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
                var answer = new BlobResponse(response.StatusCode, CopyHeaders(response), body, uncertain);
                if (!IsTransient(response.StatusCode))
                {
                    return answer;
                }

                reason = answer.Describe();
                lastException = null;
                uncertain |= mutating;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                reason = $"no answer within {options.AttemptTimeout.TotalSeconds:0.###} s";
                lastException = ex;
                uncertain |= mutating;
            }
            catch (HttpRequestException ex) when (IsTransient(ex))
            {
                reason = ex.HttpRequestError == HttpRequestError.Unknown ? ex.Message : $"{ex.HttpRequestError}: {ex.Message}";
                lastException = ex;
                // A connection that was never made carried nothing; anything later may have.
                uncertain |= mutating && ex.HttpRequestError != HttpRequestError.ConnectionError;
            }
            catch (HttpRequestException ex)
            {
                throw new BlobStoreUnavailableException($"Azure Blob {operation} failed: {ex.Message}", ex);
            }
            catch (IOException ex)
            {
                reason = ex.Message;
                lastException = ex;
                uncertain |= mutating;
            }

            if (attempt >= options.MaxAttempts)
            {
                AzureBlobStoreLog.Unavailable(logger, operation, attempt, reason);
                var message = $"Azure Blob {operation} failed after {attempt} attempt{(attempt == 1 ? string.Empty : "s")}; last: {reason}.";
                throw lastException is null ? new BlobStoreUnavailableException(message) : new BlobStoreUnavailableException(message, lastException);
            }

            var delay = RetryDelay(attempt);
            AzureBlobStoreLog.RetryingAfterTransientFailure(logger, operation, attempt, options.MaxAttempts, reason, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Exponential back-off capped at the maximum, with "equal jitter": half fixed, half random.</summary>
    internal TimeSpan RetryDelay(int failedAttempts)
    {
        var exponential = options.FirstRetryDelay * Math.Pow(2, failedAttempts - 1);
        var capped = exponential < options.MaxRetryDelay ? exponential : options.MaxRetryDelay;
        return (capped / 2) + (capped / 2 * Random.Shared.NextDouble());
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not (HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported));

    private static bool IsTransient(HttpRequestException exception) =>
        exception.HttpRequestError is not (HttpRequestError.SecureConnectionError or HttpRequestError.UserAuthenticationError
            or HttpRequestError.ConfigurationLimitExceeded or HttpRequestError.ProxyTunnelError);

    private static Dictionary<string, string> CopyHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Copy(response.Headers, headers);
        Copy(response.Content.Headers, headers);
        return headers;
    }

    private static void Copy(HttpHeaders from, Dictionary<string, string> to)
    {
        foreach (var (name, values) in from.NonValidated)
        {
            to[name] = values.ToString();
        }
    }
}
