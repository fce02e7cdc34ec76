using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.HeadCounts;

public sealed record HeadCountDto
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public AcademicYear AcademicYear { get; init; }

    public int PupilsTotal { get; init; }

    public int PupilsInAgeBand { get; init; }

    public int AdditionalEducationPupils { get; init; }

    public int TeachersTotal { get; init; }

    public int TeachersUnder35 { get; init; }

    public int YoungSpecialists { get; init; }

    public HeadCountSource Source { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<HeadCount, HeadCountDto>();
    }
}

/// <summary>
/// Reports an organisation's head-count for an academic year. Reports are kept: the latest for a year is the
/// one that counts, and the earlier ones stay as history.
/// </summary>
[Authorize(Roles = $"{Roles.OrganizationStaff},{Roles.IntegrationClient}")]
public sealed record ReportHeadCountCommand(
    AcademicYear? AcademicYear,
    int? PupilsTotal,
    int? PupilsInAgeBand,
    int? AdditionalEducationPupils,
    int? TeachersTotal,
    int? TeachersUnder35,
    int? YoungSpecialists) : IRequest<HeadCountDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid OrganizationId { get; init; }
}

public sealed class ReportHeadCountValidator : AbstractValidator<ReportHeadCountCommand>
{
    public ReportHeadCountValidator()
    {
        RuleFor(c => c.AcademicYear).NotNull();
        RuleFor(c => c.PupilsTotal).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.PupilsInAgeBand).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(c => c.PupilsTotal).When(c => c.PupilsTotal is not null);
        RuleFor(c => c.AdditionalEducationPupils).GreaterThanOrEqualTo(0);
        RuleFor(c => c.TeachersTotal).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.TeachersUnder35).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(c => c.TeachersTotal).When(c => c.TeachersTotal is not null);
        RuleFor(c => c.YoungSpecialists).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(c => c.TeachersTotal).When(c => c.TeachersTotal is not null);
    }
}

internal sealed class ReportHeadCountHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, TimeProvider time) : IRequestHandler<ReportHeadCountCommand, HeadCountDto>
{
    public async Task<HeadCountDto> Handle(ReportHeadCountCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken)
                           ?? throw new NotFoundException(nameof(Organization), request.OrganizationId);
        if (organization.IsArchived)
        {
            throw new ConflictException(Texts.Pick("Организация в архиве и не принимает отчёты.", "The organisation is archived and takes no reports."));
        }

        var figures = new HeadCountFigures(
            request.PupilsTotal!.Value,
            request.PupilsInAgeBand!.Value,
            request.AdditionalEducationPupils ?? 0,
            request.TeachersTotal!.Value,
            request.TeachersUnder35!.Value,
            request.YoungSpecialists!.Value);
        var headCount = new HeadCount(organization.Id, request.AcademicYear!.Value, figures, HeadCountSource.Manual, time.GetUtcNow(), user.Id);
        db.HeadCounts.Add(headCount);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HeadCountDto>(headCount);
    }
}

/// <param name="OrganizationId">The organisation (from the route).</param>
/// <param name="AcademicYear">Only this academic year, such as "2024/2025".</param>
/// <param name="IncludeHistory">Also list the reports that a later one for the same year replaced.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = $"{Roles.OrganizationStaff},{Roles.Analyst},{Roles.IntegrationClient}")]
public sealed record GetHeadCountsQuery(
    Guid OrganizationId,
    AcademicYear? AcademicYear = null,
    bool IncludeHistory = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<HeadCountDto>>, IPagedRequest;

public sealed class GetHeadCountsValidator : AbstractValidator<GetHeadCountsQuery>
{
    public GetHeadCountsValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetHeadCountsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetHeadCountsQuery, PagedList<HeadCountDto>>
{
    public async Task<PagedList<HeadCountDto>> Handle(GetHeadCountsQuery request, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == request.OrganizationId, cancellationToken))
        {
            throw new NotFoundException(nameof(Organization), request.OrganizationId);
        }

        var query = db.HeadCounts.AsNoTracking().Where(h => h.OrganizationId == request.OrganizationId);
        if (request.AcademicYear is { } year)
        {
            query = query.Where(h => h.AcademicYear == year);
        }

        if (!request.IncludeHistory)
        {
            // The latest report of each year wins.
            query = query.Where(h => !db.HeadCounts.Any(later =>
                later.OrganizationId == h.OrganizationId && later.AcademicYear == h.AcademicYear && later.ReportedAt > h.ReportedAt));
        }

        return await query.OrderByDescending(h => h.AcademicYear).ThenByDescending(h => h.ReportedAt)
            .ProjectToPagedListAsync<HeadCountDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
