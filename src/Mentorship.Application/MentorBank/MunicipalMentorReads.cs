using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.MentorBank.Queries.GetBankMentor;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.MentorBank;

/// <summary>The reads the use cases of the municipal mentor bank share, and the cross-programme load of a mentor.</summary>
internal static class MunicipalMentorReads
{
    /// <summary>
    /// Mentees in the active pairs and groups of every programme, per person who is an active mentor there. A member
    /// leaves when the group ends, so active members are those of active groups.
    /// </summary>
    public static async Task<Dictionary<Guid, int>> LoadsAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var rows = await (from mentor in db.GroupMembers
                          where personIds.Contains(mentor.PersonId) && mentor.Role == GroupRole.Mentor && mentor.LeftAt == null
                          from mentee in db.GroupMembers
                          where mentee.GroupId == mentor.GroupId && mentee.Role == GroupRole.Mentee && mentee.LeftAt == null
                          group mentee by mentor.PersonId into load
                          select new { PersonId = load.Key, Count = load.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.PersonId, r => r.Count);
    }

    /// <summary>
    /// The municipality's bank is read by its coordinators (and the region's) and by the staff of its organisations;
    /// for anyone else it does not exist (404). True when the caller manages the municipality.
    /// </summary>
    public static async Task<bool> EnsureBankVisibleAsync(this IApplicationDbContext db, ICurrentUser user, Guid municipalityId, CancellationToken cancellationToken)
    {
        var regionId = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => (Guid?)m.RegionId).SingleOrDefaultAsync(cancellationToken);
        if (regionId is { } region && user.CanManageMunicipality(municipalityId, region))
        {
            return true;
        }

        if (regionId is null || !await db.Organizations.AnyAsync(o => o.MunicipalityId == municipalityId, cancellationToken))
        {
            throw new NotFoundException(nameof(Municipality), municipalityId);
        }

        return false;
    }

    /// <summary>The entries as the API returns them, with their loads (names and schools are added by <see cref="WithNamesAsync"/>).</summary>
    public static IQueryable<BankMentorDto> Project(IApplicationDbContext db, IQueryable<MunicipalMentor> entries) =>
        from m in entries
        let load = db.GroupMembers.Count(mentee => mentee.Role == GroupRole.Mentee && mentee.LeftAt == null
            && db.GroupMembers.Any(mentor => mentor.GroupId == mentee.GroupId && mentor.PersonId == m.PersonId && mentor.Role == GroupRole.Mentor && mentor.LeftAt == null))
        select new BankMentorDto
        {
            Id = m.Id, MunicipalityId = m.MunicipalityId, PersonId = m.PersonId, OrganizationId = m.OrganizationId, Role = m.Role,
            Competences = m.Competences.OrderBy(c => c.Tag).Select(c => c.Tag).ToList(),
            Capacity = m.Capacity, CurrentMentees = load, FreePlaces = m.Capacity > load ? m.Capacity - load : 0,
            AgreedAt = m.AgreedAt, Trained = m.TrainingExceptionReason == null, TrainingExceptionReason = m.TrainingExceptionReason,
            IsActive = m.IsActive, Version = m.Version,
        };

    /// <summary>Adds names, categories and schools; the bank spans schools, so they are read past the person scope for these entries only.</summary>
    public static async Task<IReadOnlyList<BankMentorDto>> WithNamesAsync(IApplicationDbContext db, IReadOnlyList<BankMentorDto> entries, CancellationToken cancellationToken)
    {
        var personIds = entries.Select(e => e.PersonId).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.LastName + " " + p.FirstName, p.Category }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var organizationIds = entries.Select(e => e.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return entries.Select(e => e with
        {
            PersonName = people.TryGetValue(e.PersonId, out var person) ? person.Name.Trim() : string.Empty,
            PersonCategory = person?.Category ?? default,
            OrganizationName = organizations.GetValueOrDefault(e.OrganizationId, string.Empty),
        }).ToList();
    }

    /// <summary>One entry as GetBankMentor answers it (the bank was found visible first).</summary>
    public static async Task<BankMentorDto> DtoAsync(IApplicationDbContext db, Guid municipalityId, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await Project(db, db.MunicipalMentors.AsNoTracking().Where(m => m.Id == entryId && m.MunicipalityId == municipalityId)).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException(nameof(MunicipalMentor), entryId);
        return (await WithNamesAsync(db, [entry], cancellationToken))[0];
    }
}
