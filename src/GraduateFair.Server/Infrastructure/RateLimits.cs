using System.Globalization;
using System.Threading.RateLimiting;
using GraduateFair.Server.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace GraduateFair.Server.Infrastructure;

public static class RateLimits
{
    /// <summary>Per-client-address limits for sign-in and registration, answering 429 with Retry-After.</summary>
    public static IServiceCollection AddGraduateFairRateLimits(this IServiceCollection services, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(AccountsApi.AuthRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.AttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                    $"Too many attempts from this address; try again in {seconds} seconds.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests").ExecuteAsync(context.HttpContext);
            };
        });
    }
}
