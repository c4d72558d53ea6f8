using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Graduates;

namespace GraduateFair.Server.Graduates;

/// <summary>PUT /api/me/profile. Enumerations arrive as strings so each bad value gets its own error.</summary>
public sealed record ProfileRequest(string? FullName, string? University, string? Discipline, string? Degree, int? GraduationYear, string? City, IReadOnlyList<string?>? Accommodations);

public sealed record ProfileResponse(string FullName, string University, Discipline Discipline, Degree Degree, int GraduationYear, string City, IReadOnlyList<Accommodation> Accommodations)
{
    public static ProfileResponse From(GraduateProfile profile) =>
        new(profile.FullName, profile.University, profile.Discipline, profile.Degree, profile.GraduationYear, profile.City, profile.Accommodations);
}

/// <summary>PUT /api/me/priority.</summary>
public sealed record PriorityRequest(IReadOnlyList<string?>? Groups, bool? Consent);

public sealed record PriorityResponse(IReadOnlyList<PriorityGroup> Groups, DateTimeOffset? ConsentedAt);

public sealed record MyInvitationResponse(string InvitationId, string BoothId, string CompanyName, DateTimeOffset ExpiresAt);

public sealed record MyRoomResponse(string RoomId, string BoothId, string CompanyName);
