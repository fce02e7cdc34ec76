using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Queries.GetProgramme;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes;

/// <summary>Who may act on programmes and their pairs/groups.</summary>
public static class ProgrammeRoles
{
    /// <summary>Those who run the programme, and the mentors and mentees who read and log their own group.</summary>
    public const string Participants = $"{Roles.OrganizationStaff},{Roles.Mentor},{Roles.Mentee}";

    public static bool IsStaff(this ICurrentUser user) =>
        user.IsSystem || Roles.OrganizationStaff.Split(',').Any(user.IsInRole);
}

/// <summary>
/// Loads programmes and groups through the scoped sets, so what lies outside the caller's scope is not found.
/// The records that hang off a programme or group (candidates, banks, meetings…) are read only after it was found.
/// </summary>
internal static class ProgrammeAccess
{
    public static async Task<Programme> ProgrammeAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(Programme), id);

    /// <summary>The programme with its launch conditions (forms, formats, team, tasks, documents).</summary>
    public static async Task<Programme> ProgrammeWithConditionsAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Programmes.Include(p => p.Forms).Include(p => p.Formats).Include(p => p.TeamMembers).Include(p => p.Tasks).Include(p => p.Documents)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(Programme), id);

    /// <summary>The programme with its partners (and the owner organisation, whose municipality new partners default to).</summary>
    public static async Task<Programme> ProgrammeWithPartnersAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Programmes.Include(p => p.Partners).Include(p => p.Organization).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(Programme), id);

    /// <summary>The programme as its readers see it: what GetProgramme answers, and what the launch-condition commands return.</summary>
    /// <remarks>
    /// Visibility is decided by the scoped set first; the projection then reads without the filters, because a
    /// mentor or mentee sees the programme but not its organisation, and the organisation's filter would drop the
    /// row from the join behind <see cref="ProgrammeDto.OrganizationName"/>.
    /// </remarks>
    public static async Task<ProgrammeDto> ProgrammeDtoAsync(this IApplicationDbContext db, IMapper mapper, Guid id, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(id, cancellationToken);
        return await db.Programmes.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == id)
                   .ProjectTo<ProgrammeDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(Programme), id);
    }

    /// <summary>A person named in the programme (team, candidate, mentee) must be one the caller can see; otherwise it is reported on the field.</summary>
    public static async Task EnsurePersonVisibleAsync(this IApplicationDbContext db, Guid? personId, CancellationToken cancellationToken)
    {
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id && !p.IsAnonymised, cancellationToken))
        {
            throw new ValidationException("personId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Person)), id);
        }
    }

    public static async Task EnsureProgrammeVisibleAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new NotFoundException(nameof(Programme), id);
        }
    }

    public static async Task<MentoringGroup> GroupAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.MentoringGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(MentoringGroup), id);

    /// <summary>
    /// The caller's part in a group: staff of the programme, or a member (mentor or mentee, past members too).
    /// The group was found through the scoped set, so a caller who is neither never gets here.
    /// </summary>
    public static GroupCaller CallerIn(this ICurrentUser user, MentoringGroup group)
    {
        var member = user.PersonId is { } personId ? group.Members.Where(m => m.PersonId == personId).OrderBy(m => m.LeftAt != null).FirstOrDefault() : null;
        return new GroupCaller(user.IsStaff(), member?.PersonId, member?.Role);
    }
}

/// <summary>The caller's part in a group: staff, and/or a member with a role.</summary>
internal sealed record GroupCaller(bool IsStaff, Guid? MemberPersonId, GroupRole? MemberRole)
{
    public bool IsMember => MemberPersonId is not null;
}
