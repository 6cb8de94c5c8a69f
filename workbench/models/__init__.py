"""The records of the workbench as SQLAlchemy 2.x typed declarative classes. No Qt here."""

from workbench.models.admin import ROLES, Attachment, AttachmentContent, AuditChainHead, AuditEntry, User, UserScope
from workbench.models.base import CURRENCIES, FEMALE_FIELDS, SADD_FIELDS, Base, Sex
from workbench.models.crc import (
    POPULATION_FIELDS,
    RESPONSE_DAYS,
    SENSITIVE_SERVICES,
    AgeGroup,
    CentreType,
    ConsentBy,
    ContactChannel,
    CrcContact,
    CrcSession,
    PopulationGroup,
    Referral,
    ReferralPriority,
    ReferralStatus,
    ReferralStatusChange,
    ResourceCentre,
    Satisfaction,
    Service,
    ServiceProvider,
    SessionKind,
)
from workbench.models.distributions import (
    Distribution,
    DistributionKit,
    DistributionStatus,
    Entitlement,
    KitCategory,
    KitItem,
    KitRule,
    KitType,
    Modality,
    MovementKind,
    Proof,
    Receipt,
    ReceivedBy,
    StockMovement,
    Verification,
)
from workbench.models.grants import (
    GrantStatus,
    GrantStatusChange,
    GrantTranche,
    IlaKind,
    LivelihoodGrant,
    Programme,
)
from workbench.models.households import (
    CashTranche,
    Household,
    HouseholdStatus,
    Intention,
    PaymentMethod,
    TranchePurpose,
    TrancheStatus,
    Vulnerability,
)
from workbench.models.places import AdminLevel, Location
from workbench.models.programme import (
    PERCENT_UNITS,
    Aggregation,
    Donor,
    Indicator,
    IndicatorValue,
    OrganisationType,
    Outcome,
    Output,
    Project,
    ProjectStatus,
    project_locations,
)
from workbench.models.sites import (
    Committee,
    CommitteeTraining,
    Complaint,
    ComplaintChannel,
    ComplaintStatus,
    Condition,
    InfrastructureKind,
    PopulationCount,
    Site,
    SiteInfrastructure,
    SiteStatus,
    SiteStatusChange,
    SiteType,
)
from workbench.models.sync import SyncConflict, SyncNode
from workbench.models.works import (
    InfrastructureWork,
    WorkPayment,
    WorkProgressReport,
    WorkStatus,
    WorkStatusChange,
    WorkType,
)

__all__ = [name for name in dir() if not name.startswith("_")]
