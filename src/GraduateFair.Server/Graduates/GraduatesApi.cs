using System.Security.Claims;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Cases;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Graduates;

public static class GraduatesApi
{
    public static IEndpointRouteBuilder MapGraduatesApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/me").WithTags("Graduates").RequireAuthorization(Roles.Graduate);
        me.MapGet("/profile", GetProfileAsync);
        me.MapPut("/profile", PutProfileAsync);
        me.MapGet("/priority", (ClaimsPrincipal user, IGrainFactory grains) => GetPriorityAsync(user, grains));
        me.MapPut("/priority", PutPriorityAsync);
        me.MapDelete("/priority", WithdrawPriorityAsync);
        me.MapGet("/invitation", GetInvitationAsync);
        me.MapGet("/room", GetRoomAsync);
        return routes;
    }

    private static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetProfileAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var profile = await Graduate(grains, user).GetProfileAsync();
        return profile is null ? Problems.NotFound("No profile yet: fill it in with PUT /api/me/profile.") : TypedResults.Ok(ProfileResponse.From(profile));
    }

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem>> PutProfileAsync(ProfileRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors()
            .Add("fullName", TextRules.Required(body.FullName, "Full name", TextRules.NameMaxLength))
            .Add("university", TextRules.Required(body.University, "University", TextRules.NameMaxLength));
        var discipline = errors.Enum<Discipline>("discipline", body.Discipline);
        var degree = errors.Enum<Degree>("degree", body.Degree);
        errors.Add("graduationYear", body.GraduationYear is { } year ? GraduateRules.GraduationYear(year) : "Graduation year is required.")
            .Add("city", TextRules.Required(body.City, "City", TextRules.NameMaxLength));
        var accommodations = errors.EnumList<Accommodation>("accommodations", body.Accommodations);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var profile = await Graduate(grains, user).UpdateProfileAsync(new GraduateProfile(
            body.FullName!.Trim(), body.University!.Trim(), discipline!.Value, degree!.Value, body.GraduationYear!.Value, body.City!.Trim(), accommodations));
        await CaseIndex.RefreshAsync(grains, user.UserId());
        return TypedResults.Ok(ProfileResponse.From(profile));
    }

    private static async Task<Ok<PriorityResponse>> GetPriorityAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var priority = await Graduate(grains, user).GetPriorityAsync();
        return TypedResults.Ok(new PriorityResponse(priority.Groups, priority.ConsentedAt));
    }

    private static async Task<Results<NoContent, ValidationProblem>> PutPriorityAsync(PriorityRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var groups = errors.EnumList<PriorityGroup>("groups", body.Groups);
        if (errors.IsEmpty)
        {
            errors.AddRange(GraduateRules.PriorityConsent(groups, body.Consent == true));
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        await Graduate(grains, user).SetPriorityAsync(groups);
        await CaseIndex.RefreshAsync(grains, user.UserId());
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> WithdrawPriorityAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var graduateId = user.UserId();
        var booths = await Graduate(grains, user).WithdrawPriorityAsync();

        // Priority from withdrawn consent stops at once, in every queue the graduate waits in.
        await Task.WhenAll(booths.Select(boothId => grains.GetGrain<IInterviewQueueGrain>(boothId).DemoteAsync(graduateId)));

        // And from the ledger's index, which then rewrites its history without it.
        await CaseIndex.RefreshAsync(grains, graduateId);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MyInvitationResponse>, NoContent>> GetInvitationAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var activity = await Graduate(grains, user).GetActivityAsync();
        return activity.Invitation is { } invitation
            ? TypedResults.Ok(new MyInvitationResponse(invitation.InvitationId, invitation.BoothId, invitation.CompanyName, invitation.ExpiresAt))
            : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MyRoomResponse>, NoContent>> GetRoomAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var activity = await Graduate(grains, user).GetActivityAsync();
        return activity.Room is { } room
            ? TypedResults.Ok(new MyRoomResponse(room.RoomId, room.BoothId, room.CompanyName))
            : TypedResults.NoContent();
    }

    private static IGraduateGrain Graduate(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<IGraduateGrain>(user.UserId());
}
