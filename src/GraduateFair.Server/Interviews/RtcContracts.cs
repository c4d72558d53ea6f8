using System.Text.Json.Serialization;

namespace GraduateFair.Server.Interviews;

/// <summary>GET /api/rtc/config: what a browser passes to <c>new RTCPeerConnection({iceServers})</c>.</summary>
public sealed record RtcConfigResponse(IReadOnlyList<IceServerResponse> IceServers);

/// <summary>An <c>RTCIceServer</c>; username and credential are left out when not configured.</summary>
public sealed record IceServerResponse(
    IReadOnlyList<string> Urls,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Username,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Credential);
