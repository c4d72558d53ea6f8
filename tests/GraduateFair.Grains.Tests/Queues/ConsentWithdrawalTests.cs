using System.Text.Json;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Queues;

public sealed class ConsentWithdrawalTests : EngineTests
{
    private static readonly PriorityGroup[] Hardship = [PriorityGroup.HardshipFamily];

    [Fact]
    public async Task WithdrawingConsentMovesTheGraduateToTheRegularLaneKeepingTheirPlace()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.HardshipFamily));
        await Engine.GraduateAsync("ana");
        foreach (var id in new[] { "xia", "yan", "zoe", "wen" })
        {
            await Engine.GraduateAsync(id, consentedGroups: Hardship);
        }

        foreach (var id in new[] { "ana", "xia", "yan", "zoe" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var before = await Engine.ServingOrderAsync(booth);

        await Engine.WithdrawPriorityAsync("zoe");
        var after = await Engine.ServingOrderAsync(booth);
        await Engine.JoinedAsync("wen", booth.BoothId);

        Assert.Equal(["xia", "yan", "ana", "zoe"], before);
        Assert.Equal(before, after);

        // A priority graduate arriving later now goes ahead of zoe, as of any regular graduate.
        Assert.Equal(["xia", "yan", "ana", "wen", "zoe"], await Engine.ServingOrderAsync(booth));
        Assert.Equal(PriorityInfo.None, await Engine.Graduate("zoe").GetPriorityAsync());
    }

    [Fact]
    public async Task AGraduateWhoWithdrewConsentJoinsLaterQueuesInTheRegularLane()
    {
        var fairId = await Engine.CreateFairAsync(Theme.HardshipFamily);
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");
        await Engine.GraduateAsync("zoe", consentedGroups: Hardship);
        await Engine.JoinedAsync("ana", booth.BoothId);

        await Engine.WithdrawPriorityAsync("zoe");
        var place = await Engine.JoinedAsync("zoe", booth.BoothId);

        Assert.Equal(2, place.Position);
        Assert.Equal(["ana", "zoe"], await Engine.ServingOrderAsync(booth));
    }

    [Fact]
    public async Task AnInvitationInFlightWhenConsentIsWithdrawnReturnsToTheRegularLaneIfItExpires()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.HardshipFamily));
        await Engine.GraduatesAsync("ana", "ben", "cai", "dan");
        await Engine.GraduateAsync("xia", consentedGroups: Hardship);
        await Engine.GraduateAsync("zoe", consentedGroups: Hardship);
        foreach (var id in new[] { "zoe", "xia", "ana", "ben", "cai", "dan" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var invitation = await Engine.InviteNextAsync(booth);

        await Engine.WithdrawPriorityAsync("zoe");
        await Engine.LetExpireAsync(invitation);

        Assert.Equal("zoe", invitation.GraduateId);

        // Back three places in the regular lane (behind ana, ben and cai), not in the priority lane behind xia.
        Assert.Equal(["xia", "ana", "ben", "cai", "zoe", "dan"], await Engine.ServingOrderAsync(booth));
    }

    [Fact]
    public async Task AfterWithdrawalNoStoredBlobOfTheGraduateOrOfTheirQueuesHoldsTheGroupsOrTheLane()
    {
        var fairId = await Engine.CreateFairAsync(Theme.HardshipFamily, [PriorityGroup.Disability]);
        var waiting = await Engine.OpenBoothAsync(fairId);
        var inviting = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");
        await Engine.GraduateAsync("zoe", [Accommodation.Captions], [PriorityGroup.HardshipFamily, PriorityGroup.Disability]);
        await Engine.JoinedAsync("ana", waiting.BoothId);
        await Engine.JoinedAsync("zoe", waiting.BoothId);
        await Engine.JoinedAsync("ana", inviting.BoothId);
        await Engine.JoinedAsync("zoe", inviting.BoothId);
        await Engine.InviteNextAsync(inviting);
        var graduatePrefix = "grains/graduate/zoe/";
        var queuePrefixes = new[] { $"grains/interview-queue/{waiting.BoothId}/", $"grains/interview-queue/{inviting.BoothId}/" };

        // What the test looks for is there before the withdrawal.
        Assert.Contains(await Engine.ReadBlobsAsync(graduatePrefix), blob => blob.Value.Contains("hardship-family", StringComparison.Ordinal));
        foreach (var prefix in queuePrefixes)
        {
            Assert.Contains(await Engine.ReadBlobsAsync(prefix), blob => blob.Value.Contains("\"priority\":true", StringComparison.Ordinal));
        }

        await Engine.WithdrawPriorityAsync("zoe");

        var graduateBlobs = await Engine.ReadBlobsAsync(graduatePrefix);
        Assert.NotEmpty(graduateBlobs);
        foreach (var (name, text) in graduateBlobs)
        {
            foreach (var trace in new[] { "hardship", "disability", "priority-consented", "consentedAt\":\"" })
            {
                Assert.False(text.Contains(trace, StringComparison.OrdinalIgnoreCase), $"{name} still holds '{trace}': {text}");
            }
        }

        foreach (var prefix in queuePrefixes)
        {
            var queueBlobs = await Engine.ReadBlobsAsync(prefix);
            Assert.NotEmpty(queueBlobs);
            foreach (var (name, text) in queueBlobs)
            {
                Assert.False(text.Contains("\"priority\":true", StringComparison.Ordinal), $"{name} still says zoe waited in the priority lane: {text}");
            }

            using var snapshot = JsonDocument.Parse(queueBlobs[$"{prefix}snapshot"]);
            var line = snapshot.RootElement.GetProperty("state").GetProperty("lineSnapshot");
            Assert.Equal(0, line.GetProperty("priorityLane").GetArrayLength());

            // zoe's invitation was the only one served from the priority lane: a rotation count of 1 would say so.
            Assert.Equal(0, line.GetProperty("priorityServedSinceRegular").GetInt32());
        }

        // The queue's blobs still name the fair's own groups (its setup): those say nothing about zoe.
    }

    [Fact]
    public async Task AfterWithdrawalQueuesTheGraduateLeftOrWasInterviewedAtHoldNoTraceOfTheirLane()
    {
        var fairId = await Engine.CreateFairAsync(Theme.HardshipFamily);
        var left = await Engine.OpenBoothAsync(fairId);
        var interviewed = await Engine.OpenBoothAsync(fairId);
        var stillWaiting = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");
        await Engine.GraduateAsync("zoe", consentedGroups: Hardship);
        foreach (var booth in new[] { left, interviewed, stillWaiting })
        {
            await Engine.JoinedAsync("ana", booth.BoothId);
            await Engine.JoinedAsync("zoe", booth.BoothId);
        }

        await Engine.LeaveAsync("zoe", left.BoothId);
        var room = await Engine.InterviewNextAsync(interviewed);
        await Engine.EndRoomAsync(room);

        await Engine.WithdrawPriorityAsync("zoe");

        Assert.Equal("zoe", room.GraduateId);
        foreach (var booth in new[] { left, interviewed, stillWaiting })
        {
            foreach (var (name, text) in await Engine.ReadBlobsAsync($"grains/interview-queue/{booth.BoothId}/"))
            {
                Assert.False(text.Contains("\"priority\":true", StringComparison.Ordinal), $"{name} still says zoe joined in the priority lane: {text}");
            }
        }

        // Nor does the graduate's own record still list where they waited in the priority lane.
        foreach (var (name, text) in await Engine.ReadBlobsAsync("grains/graduate/zoe/"))
        {
            Assert.False(text.Contains(left.BoothId, StringComparison.Ordinal), $"{name} still names the booth zoe left: {text}");
            Assert.False(text.Contains(interviewed.BoothId, StringComparison.Ordinal), $"{name} still names the booth zoe was interviewed at: {text}");
        }
    }
}
