using GraduateFair.Runtime;
using GraduateFair.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace GraduateFair.Server.Infrastructure;

/// <summary>
/// Turns exceptions into Problem Details: malformed requests keep their status (400, 413, 415),
/// storage outages become 503 (nothing was acknowledged; try again), anything else 500 without
/// internals.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, Titles.For(bad.StatusCode), BadRequestDetail(bad)),
            GrainStateWriteException { IsTransient: true } or GrainActivationException { IsTransient: true } or BlobStoreUnavailableException =>
                (StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable", "Storage is unreachable right now; nothing was changed. Try again shortly."),
            GrainStateWriteException =>
                (StatusCodes.Status409Conflict, "Conflict with the current state", "Someone changed this at the same moment; nothing was changed. Try again."),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "Something went wrong on our side; nothing you can change. Try again later."),
        };

        if (status >= 500)
        {
            LogFailure(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string BadRequestDetail(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        _ => exception.InnerException is System.Text.Json.JsonException json
            ? $"The request body is not valid JSON: {json.Message}"
            : exception.Message,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path);
}
