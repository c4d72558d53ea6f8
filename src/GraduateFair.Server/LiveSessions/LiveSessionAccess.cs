using System.Security.Claims;
using GraduateFair.Grains.Companies;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.LiveSessions;

/// <summary>Who may see and run a live session: its company's employers host it; organisers see its figures.</summary>
public static class LiveSessionAccess
{
    /// <summary>The session, or the 404 to answer.</summary>
    public static async Task<(LiveSessionInfo? Session, ProblemHttpResult? Refusal)> FindAsync(IGrainFactory grains, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var session = await grains.GetGrain<ILiveSessionGrain>(sessionId).GetAsync();
        return session is null ? (null, NoSuchSession()) : (session, null);
    }

    /// <summary>
    /// The session when <paramref name="user"/> is one of its company's employers (or, with
    /// <paramref name="organisersToo"/>, an organiser); otherwise the 404 or 403 to answer.
    /// </summary>
    public static async Task<(LiveSessionInfo? Session, ProblemHttpResult? Refusal)> ForHostAsync(IGrainFactory grains, string sessionId, ClaimsPrincipal user, bool organisersToo = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (session, refusal) = await FindAsync(grains, sessionId);
        if (session is null)
        {
            return (null, refusal);
        }

        if (organisersToo && user.IsInRole(Roles.Organiser))
        {
            return (session, null);
        }

        var company = await grains.GetGrain<ICompanyGrain>(session.CompanyId).GetAsync();
        return company is not null && company.IsEmployer(user.UserId())
            ? (session, null)
            : (null, Problems.Forbidden(organisersToo
                ? "Only the employers of the session's company and organisers can see this."
                : "Only the employers of the session's company can do that."));
    }

    public static ProblemHttpResult NoSuchSession() => Problems.NotFound("There is no live session with this id.");
}
