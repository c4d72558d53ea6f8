using System.Security.Claims;
using GraduateFair.Domain.Matching;
using GraduateFair.Grains.Jobs;
using GraduateFair.Grains.Pushes;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Recommendations;

/// <summary>GET /api/me/recommendations: the open jobs pushed to the graduate, newest first, each with why it matched.</summary>
public static class RecommendationsApi
{
    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/me/recommendations", ListAsync).WithTags("Graduates").RequireAuthorization(Roles.Graduate);
        return routes;
    }

    private static async Task<Ok<List<RecommendationResponse>>> ListAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var graduateId = user.UserId();
        var pushed = (await grains.ShardOf(graduateId).GetAsync(graduateId))?.Pushed ?? [];
        var open = (await grains.GetGrain<IOpenJobsGrain>(OpenJobsGrain.SingletonKey).GetAsync([.. pushed.Select(p => p.Match.JobId)]))
            .ToDictionary(j => j.JobId, StringComparer.Ordinal);
        var answer = NewestPushFirst(pushed)
            .Where(p => open.ContainsKey(p.Match.JobId))
            .Select(p =>
            {
                var job = open[p.Match.JobId];
                return new RecommendationResponse(job.JobId, job.Title, job.CompanyName, job.BoothId, job.FairId, job.Discipline, job.Degree, job.City, job.Openings,
                    p.At, p.Match.Matched, MatchReasonText.For(p.Match));
            })
            .ToList();
        return TypedResults.Ok(answer);
    }

    /// <summary>The pushes in reverse order of arrival, each push's jobs still best first.</summary>
    private static IEnumerable<PushedJob> NewestPushFirst(IReadOnlyList<PushedJob> pushed)
    {
        var pushes = new List<List<PushedJob>>();
        foreach (var job in pushed)
        {
            if (pushes.Count == 0 || pushes[^1][0].PushId != job.PushId)
            {
                pushes.Add([]);
            }

            pushes[^1].Add(job);
        }

        return pushes.AsEnumerable().Reverse().SelectMany(p => p);
    }
}
