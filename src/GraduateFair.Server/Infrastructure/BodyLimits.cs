using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Infrastructure;

/// <summary>
/// Request body limits: 1 MB for JSON everywhere, more only where an endpoint says so with
/// <see cref="WithUploadLimit{TBuilder}"/>. A declared length over the limit is refused before
/// anything is read; an undeclared (chunked) body is cut off by the server at the same limit.
/// </summary>
public static class BodyLimits
{
    public const long Json = 1024 * 1024;

    public static TBuilder WithUploadLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new UploadLimit(bytes));
        return builder;
    }

    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<UploadLimit>()?.Bytes ?? Json;
        if (context.Request.ContentLength > limit)
        {
            await Problems.TooLarge($"The request body is {context.Request.ContentLength} bytes; at most {limit} are accepted here.").ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        await next(context);
    });

    private sealed record UploadLimit(long Bytes);
}
