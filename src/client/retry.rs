//! When a request is tried again, and after how long, all within one budget of time.
//!
//! A command may wait for the service for its budget (`--timeout`, `TIK_TIMEOUT`, the profile's
//! `timeout`) in all: its requests, their retries and the pauses between them. Time the command
//! spends on its own (hashing a file, a question at a terminal) does not count, nor does time a
//! transfer spends moving: an upload or a download that keeps moving is not cut off, only one
//! that stops for as long as the whole budget ([`Budget::moving`]).
//!
//! Tried again: a request that never reached the service (refused, unreachable); a 408, a 429,
//! the 409 of an `Idempotency-Key` still in flight; and, when repeating the request is safe
//! ([`Repeat::Safe`]), a 5xx (but one whose problem says it lasts, and a 500 only
//! [`INTERNAL_ERROR_ATTEMPTS`] times in all) and an exchange that broke off midway, which the
//! service may have acted on. The pause before retry n is drawn between nothing and
//! min([`CAP`], [`BASE`]·2ⁿ) ("full jitter": clients that failed together do not come back
//! together), or is what the service asked for in `Retry-After`. When the budget cannot hold
//! another attempt, the command
//! gives up, naming the last failure and how many attempts it made.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use rand::Rng;
use reqwest::Method;
use tokio::time::Instant;

use super::ClientError;

/// The longest pause before the first retry; each later one may be twice as long, up to
/// [`CAP`].
const BASE: Duration = Duration::from_millis(200);
const CAP: Duration = Duration::from_secs(10);
/// What a last attempt is given: a pause that would leave less is cut short, so the budget
/// ends with an attempt rather than a pause.
const LAST_ATTEMPT: Duration = Duration::from_secs(1);
/// How many times in all a request answered 500 is tried. A 500 says the service failed on
/// this very request, which is usually for good (a bug, a damaged row), unlike a 502, 503 or
/// 504 from a service that is restarting or overloaded: worth a second look, not the budget.
const INTERNAL_ERROR_ATTEMPTS: u32 = 3;

/// How long a command may wait for the service in all. One a command, shared by its clients.
#[derive(Debug)]
pub(crate) struct Budget {
    total: Duration,
    /// Whether a failed attempt may be followed by another.
    retries: bool,
    clock: Mutex<Clock>,
}

/// The time counted so far. It runs while some exchange waits on the service and no transfer
/// is moving; counts, not flags, so guards may end in any order.
#[derive(Debug, Default)]
struct Clock {
    spent: Duration,
    waiting: usize,
    moving: usize,
    /// Since when it has been running, while it runs.
    since: Option<Instant>,
}

impl Clock {
    fn spent(&self, now: Instant) -> Duration {
        self.spent + self.since.map_or(Duration::ZERO, |since| now - since)
    }

    fn change(&mut self, change: impl FnOnce(&mut Self)) {
        let now = Instant::now();
        self.spent = self.spent(now);
        change(self);
        self.since = (self.waiting > 0 && self.moving == 0).then_some(now);
    }
}

impl Budget {
    pub(crate) fn new(total: Duration) -> Self {
        Self {
            total,
            retries: true,
            clock: Mutex::default(),
        }
    }

    /// A budget for one attempt a request, never retried: for a shell completing a word,
    /// where an answer late is no answer.
    pub(crate) fn one_attempt(total: Duration) -> Self {
        Self {
            retries: false,
            ..Self::new(total)
        }
    }

    pub(crate) fn total(&self) -> Duration {
        self.total
    }

    pub(crate) fn remaining(&self) -> Duration {
        let spent = self.clock().spent(Instant::now());
        self.total.saturating_sub(spent)
    }

    /// Counts time against the budget while the returned guard lives: an exchange waiting on
    /// the service.
    pub(crate) fn waiting(&self) -> Waiting<'_> {
        self.clock().change(|clock| clock.waiting += 1);
        Waiting(self)
    }

    /// Stops counting time while the returned guard lives: a transfer moving.
    pub(crate) fn moving(self: &Arc<Self>) -> Moving {
        self.clock().change(|clock| clock.moving += 1);
        Moving(self.clone())
    }

    fn clock(&self) -> std::sync::MutexGuard<'_, Clock> {
        self.clock.lock().expect("the budget's clock")
    }
}

pub(crate) struct Waiting<'a>(&'a Budget);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.clock().change(|clock| clock.waiting -= 1);
    }
}

pub(crate) struct Moving(Arc<Budget>);

impl Drop for Moving {
    fn drop(&mut self) {
        self.0.clock().change(|clock| clock.moving -= 1);
    }
}

/// Whether a request may be sent again after the service may have acted on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repeat {
    /// Twice does what once does: GET, PUT, DELETE, and a POST, for its `Idempotency-Key`.
    Safe,
    /// A second copy could act again (PATCH, a POST without a key): sent again only when the
    /// first cannot have been acted on.
    Unsafe,
    /// A person's answer is in it (a password): sent again only when it never reached the
    /// service. A 429 then is the brake on guessing, to be said at once, not waited out.
    Once,
}

impl Repeat {
    pub(crate) fn of(method: &Method, keyed: bool) -> Self {
        let idempotent = [Method::GET, Method::HEAD, Method::PUT, Method::DELETE].contains(method);
        if idempotent || (keyed && method == Method::POST) {
            Self::Safe
        } else {
            Self::Unsafe
        }
    }
}

/// Why an attempt failed, as far as trying again goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trouble {
    /// It never reached the service: no connection could be made.
    Unreached,
    /// It went out, and the exchange broke off before the answer: the service may have acted.
    BrokenOff,
    /// It went out, and no answer came in the time left.
    TimedOut,
    /// A transfer stood still for as long as the whole budget: the command has waited all it
    /// may.
    Stalled,
    /// The service answered this status, and its problem said what more.
    Answered { status: u16, said: Said },
    /// It cannot be sent as it stands: the same again would fail the same.
    Unsendable,
}

/// What a service's problem says about trying again, beyond its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Said {
    Nothing,
    /// A request with the same `Idempotency-Key` is still being processed (409): its answer
    /// is coming.
    InFlight,
    /// The failure lasts (500: stored data that fails its integrity check): the same again
    /// fails the same.
    Lasting,
}

/// Whether another attempt after `trouble` may go better, and cannot do anything twice.
pub(crate) fn worth_retrying(trouble: Trouble, repeat: Repeat) -> bool {
    if repeat == Repeat::Once {
        return trouble == Trouble::Unreached;
    }
    let safe = repeat == Repeat::Safe;
    match trouble {
        Trouble::Unreached
        | Trouble::Answered {
            status: 408 | 429, ..
        }
        | Trouble::Answered {
            status: 409,
            said: Said::InFlight,
        } => true,
        Trouble::Answered {
            said: Said::Lasting,
            ..
        } => false,
        Trouble::BrokenOff
        | Trouble::TimedOut
        | Trouble::Answered {
            status: 500..=599, ..
        } => safe,
        Trouble::Answered { .. } | Trouble::Stalled | Trouble::Unsendable => false,
    }
}

/// An attempt that failed.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) trouble: Trouble,
    /// What the command says if it tries no more.
    pub(crate) error: ClientError,
    /// The wait the service asked for (`Retry-After`).
    pub(crate) retry_after: Option<Duration>,
}

/// The longest pause before retry `retry` (0 for the first): [`BASE`]·2^retry, at most [`CAP`].
fn ceiling(retry: u32) -> Duration {
    BASE.saturating_mul(2_u32.saturating_pow(retry)).min(CAP)
}

/// The pause before retry `retry`: anything from nothing to its ceiling.
fn pause(retry: u32, rng: &mut impl Rng) -> Duration {
    let most = u64::try_from(ceiling(retry).as_nanos()).unwrap_or(u64::MAX);
    Duration::from_nanos(rng.random_range(0..=most))
}

/// A `Retry-After` value (RFC 9110, section 10.2.3) as a wait from `now`: seconds, or an HTTP
/// date in any of its three forms; a date already past is no wait.
pub(crate) fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Only too many digits fail to parse: a wait past any budget.
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Makes `attempt` (given the time left for it) until one succeeds, one fails in a way not
/// [`worth_retrying`], or the budget cannot hold another.
pub(crate) async fn retrying<T, Attempt>(
    budget: &Budget,
    repeat: Repeat,
    rng: &mut (impl Rng + Send),
    mut attempt: impl FnMut(Duration) -> Attempt,
) -> Result<T, ClientError>
where
    Attempt: Future<Output = Result<T, Failure>>,
{
    let _waiting = budget.waiting();
    if budget.remaining().is_zero() {
        return Err(ClientError::Unavailable(format!(
            "the {} s this command may wait for the service are spent (--timeout or \
             TIK_TIMEOUT gives it longer)",
            budget.total().as_secs()
        )));
    }
    let mut attempts: u32 = 0;
    loop {
        attempts += 1;
        let failure = match attempt(budget.remaining()).await {
            Ok(done) => return Ok(done),
            Err(failure) => failure,
        };
        let internal_error = matches!(failure.trouble, Trouble::Answered { status: 500, .. });
        if !budget.retries
            || !worth_retrying(failure.trouble, repeat)
            || (internal_error && attempts >= INTERNAL_ERROR_ATTEMPTS)
        {
            return Err(failure.error);
        }
        let left = budget.remaining();
        let wait = match failure.retry_after {
            Some(asked) if asked.saturating_add(LAST_ATTEMPT) <= left => asked,
            Some(_) => return Err(gave_up(budget, attempts, failure)),
            None => {
                let drawn = pause(attempts - 1, rng);
                match left.checked_sub(LAST_ATTEMPT) {
                    Some(most) if drawn <= most => drawn,
                    Some(most) if !most.is_zero() => most,
                    _ => return Err(gave_up(budget, attempts, failure)),
                }
            }
        };
        tokio::time::sleep(wait).await;
    }
}

/// The error of the last attempt, with how many were made.
fn gave_up(budget: &Budget, attempts: u32, failure: Failure) -> ClientError {
    // One attempt that waited out the budget says so itself.
    if attempts == 1 && failure.trouble == Trouble::TimedOut {
        return failure.error;
    }
    let tries = if attempts == 1 { "attempt" } else { "attempts" };
    let total = budget.total();
    ClientError::Unavailable(match failure.retry_after {
        Some(asked) if asked > total => format!(
            "gave up after {attempts} {tries}: {}; it asks to be retried in {} s, more than the \
             {} s this command may wait (--timeout or TIK_TIMEOUT gives it longer)",
            failure.error,
            asked.as_secs(),
            total.as_secs()
        ),
        _ => format!(
            "gave up after {attempts} {tries} in {} s: {}",
            total.as_secs(),
            failure.error
        ),
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::{Duration, SystemTime};

    use rand::SeedableRng as _;
    use rand::rngs::StdRng;
    use reqwest::Method;
    use tokio::time::Instant;

    use super::{
        Budget, CAP, ClientError, Failure, Repeat, Said, Trouble, ceiling, pause, retry_after,
        retrying, worth_retrying,
    };

    /// An RNG that draws all zeros, or all ones, every time.
    struct Constant(bool);

    impl rand::RngCore for Constant {
        fn next_u32(&mut self) -> u32 {
            if self.0 { u32::MAX } else { 0 }
        }
        fn next_u64(&mut self) -> u64 {
            if self.0 { u64::MAX } else { 0 }
        }
        fn fill_bytes(&mut self, dest: &mut [u8]) {
            dest.fill(if self.0 { u8::MAX } else { 0 });
        }
    }

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[test]
    fn pauses_double_from_the_base_up_to_the_cap_with_full_jitter() {
        let ceilings: Vec<Duration> = (0..9).map(ceiling).collect();
        assert_eq!(
            ceilings,
            [200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000].map(ms)
        );
        assert_eq!(ceiling(u32::MAX), CAP, "no overflow, however many retries");
        for retry in 0..9 {
            assert_eq!(pause(retry, &mut Constant(false)), Duration::ZERO);
            let highest = pause(retry, &mut Constant(true));
            let most = ceiling(retry);
            assert!(
                highest <= most && highest > most.mul_f64(0.99),
                "{highest:?}"
            );
        }
        // Seeded, the sequence is the same each time; and it spreads over the whole range.
        let sequence = |seed| {
            let mut rng = StdRng::seed_from_u64(seed);
            (0..9)
                .map(|retry| pause(retry, &mut rng))
                .collect::<Vec<_>>()
        };
        assert_eq!(sequence(7), sequence(7));
        assert_ne!(sequence(7), sequence(8));
        for (retry, drawn) in (0..).zip(sequence(7)) {
            assert!(drawn <= ceiling(retry), "retry {retry}: {drawn:?}");
        }
        let mut rng = StdRng::seed_from_u64(1);
        let draws: Vec<Duration> = (0..1000).map(|_| pause(3, &mut rng)).collect();
        let (low, high) = (draws.iter().min().unwrap(), draws.iter().max().unwrap());
        assert!(*low < ms(160) && *high > ms(1440), "{low:?} {high:?}");
    }

    #[test]
    fn retry_after_takes_seconds_or_an_http_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_747); // 08:49:07 GMT
        assert_eq!(retry_after("120", now), Some(Duration::from_secs(120)));
        assert_eq!(retry_after(" 0 ", now), Some(Duration::ZERO));
        let thirty = Some(Duration::from_secs(30));
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now), thirty);
        assert_eq!(retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now), thirty);
        assert_eq!(retry_after("Sun Nov  6 08:49:37 1994", now), thirty);
        assert_eq!(
            retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO),
            "a date past"
        );
        assert_eq!(
            retry_after("99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
        for nonsense in ["", "soon", "-1", "1.5", "12 s"] {
            assert_eq!(retry_after(nonsense, now), None, "{nonsense:?}");
        }
    }

    #[test]
    fn what_is_retried_depends_on_whether_repeating_is_safe() {
        use Repeat::{Safe, Unsafe};
        let answered = |status| Trouble::Answered {
            status,
            said: Said::Nothing,
        };
        let in_flight = Trouble::Answered {
            status: 409,
            said: Said::InFlight,
        };
        let lasting = Trouble::Answered {
            status: 500,
            said: Said::Lasting,
        };
        for (trouble, safe, unsafe_) in [
            (Trouble::Unreached, true, true),
            (answered(408), true, true),
            (answered(429), true, true),
            (in_flight, true, true),
            (Trouble::BrokenOff, true, false),
            (Trouble::TimedOut, true, false),
            (answered(500), true, false),
            (answered(502), true, false),
            (answered(503), true, false),
            (answered(504), true, false),
            (lasting, false, false),
            (answered(409), false, false),
            (answered(404), false, false),
            (answered(422), false, false),
            (answered(401), false, false),
            (Trouble::Stalled, false, false),
            (Trouble::Unsendable, false, false),
        ] {
            assert_eq!(worth_retrying(trouble, Safe), safe, "{trouble:?}");
            assert_eq!(worth_retrying(trouble, Unsafe), unsafe_, "{trouble:?}");
            // A password is sent again only when it never reached the service.
            let once = trouble == Trouble::Unreached;
            assert_eq!(worth_retrying(trouble, Repeat::Once), once, "{trouble:?}");
        }
        for method in [Method::GET, Method::PUT, Method::DELETE] {
            assert_eq!(Repeat::of(&method, false), Safe, "{method}");
        }
        assert_eq!(Repeat::of(&Method::POST, true), Safe);
        assert_eq!(Repeat::of(&Method::POST, false), Unsafe);
        assert_eq!(Repeat::of(&Method::PATCH, false), Unsafe);
    }

    fn unreached() -> Failure {
        Failure {
            trouble: Trouble::Unreached,
            error: ClientError::Unavailable("cannot reach http://x".into()),
            retry_after: None,
        }
    }

    /// Attempts at paused (virtual) time, each failing as `fail` says until it says `None`; the
    /// times they were made at, from the start.
    async fn attempts(
        budget: &Budget,
        repeat: Repeat,
        mut fail: impl FnMut(usize) -> Option<Failure>,
    ) -> (Result<usize, ClientError>, Vec<Duration>) {
        let start = Instant::now();
        let mut made = Vec::new();
        let outcome = retrying(budget, repeat, &mut StdRng::seed_from_u64(3), |_left| {
            made.push(start.elapsed());
            let outcome = fail(made.len()).map_or(Ok(made.len()), Err);
            async move { outcome }
        })
        .await;
        (outcome, made)
    }

    #[tokio::test(start_paused = true)]
    async fn a_failure_that_goes_on_is_retried_until_the_budget_is_spent() {
        let budget = Budget::new(Duration::from_secs(30));
        let (outcome, made) = attempts(&budget, Repeat::Safe, |_| Some(unreached())).await;
        let Err(ClientError::Unavailable(message)) = outcome else {
            panic!("{outcome:?}");
        };
        let said = format!(
            "gave up after {} attempts in 30 s: cannot reach",
            made.len()
        );
        assert!(message.starts_with(&said), "{message}");
        assert!(made.len() >= 4, "{made:?}");
        let last = *made.last().unwrap();
        assert!(last <= Duration::from_secs(30), "{made:?}");
        // The last pause was cut short to leave the last attempt its second.
        assert!(last >= Duration::from_secs(29), "{made:?}");
        assert!(budget.remaining() <= Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_is_waited_out_and_one_past_the_budget_ends_the_retries() {
        let busy = |wait| Failure {
            trouble: Trouble::Answered {
                status: 429,
                said: Said::Nothing,
            },
            error: ClientError::Service("too many requests".into()),
            retry_after: Some(wait),
        };
        let budget = Budget::new(Duration::from_secs(30));
        let (outcome, made) = attempts(&budget, Repeat::Unsafe, |n| {
            (n < 3).then(|| busy(Duration::from_secs(4)))
        })
        .await;
        assert_eq!(outcome.unwrap(), 3);
        assert_eq!(made, [0, 4, 8].map(Duration::from_secs));

        let budget = Budget::new(Duration::from_secs(30));
        let (outcome, made) = attempts(&budget, Repeat::Safe, |_| {
            Some(busy(Duration::from_secs(3600)))
        })
        .await;
        assert_eq!(made, [Duration::ZERO], "no wait past the budget");
        let message = outcome.unwrap_err().to_string();
        assert!(
            message.starts_with(
                "gave up after 1 attempt: too many requests; it asks to be retried in 3600 s"
            ),
            "{message}"
        );
        // However far off, without overflow.
        let (outcome, made) = attempts(&budget, Repeat::Safe, |_| Some(busy(Duration::MAX))).await;
        assert_eq!(made.len(), 1);
        assert!(outcome.is_err());
    }

    #[tokio::test(start_paused = true)]
    async fn a_budget_of_one_attempt_makes_one_whatever_the_failure() {
        let budget = Budget::one_attempt(Duration::from_secs(30));
        let (outcome, made) = attempts(&budget, Repeat::Safe, |_| Some(unreached())).await;
        assert_eq!(made, [Duration::ZERO]);
        assert_eq!(outcome.unwrap_err().to_string(), "cannot reach http://x");
        let (outcome, made) = attempts(&budget, Repeat::Safe, |_| None).await;
        assert_eq!(
            (outcome.unwrap(), made.len()),
            (1, 1),
            "and succeeds as any"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_failure_not_worth_retrying_is_said_as_it_is() {
        let budget = Budget::new(Duration::from_secs(30));
        let (outcome, made) = attempts(&budget, Repeat::Unsafe, |_| {
            Some(Failure {
                trouble: Trouble::BrokenOff,
                error: ClientError::Unavailable("the exchange broke off".into()),
                retry_after: None,
            })
        })
        .await;
        assert_eq!(made.len(), 1);
        assert_eq!(outcome.unwrap_err().to_string(), "the exchange broke off");
    }

    #[tokio::test(start_paused = true)]
    async fn a_500_is_tried_three_times_not_for_the_whole_budget() {
        let failed = || Failure {
            trouble: Trouble::Answered {
                status: 500,
                said: Said::Nothing,
            },
            error: ClientError::Service("the secret fails its integrity check".into()),
            retry_after: None,
        };
        let budget = Budget::new(Duration::from_secs(60));
        let (outcome, made) = attempts(&budget, Repeat::Safe, |_| Some(failed())).await;
        assert_eq!(made.len(), 3);
        // Said as the service said it: the failure is its own, not the network's.
        assert_eq!(
            outcome.unwrap_err().to_string(),
            "the secret fails its integrity check"
        );
        let (outcome, made) = attempts(&budget, Repeat::Safe, |n| (n < 3).then(failed)).await;
        assert_eq!((outcome.unwrap(), made.len()), (3, 3));
    }

    #[tokio::test(start_paused = true)]
    async fn only_waiting_on_the_service_counts() {
        let budget = Arc::new(Budget::new(Duration::from_secs(10)));
        {
            let _waiting = budget.waiting();
            tokio::time::sleep(Duration::from_secs(3)).await;
            let moving = budget.moving();
            tokio::time::sleep(Duration::from_secs(4)).await;
            drop(moving);
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
        assert_eq!(budget.remaining(), Duration::from_secs(7));
        // A transfer's guard that outlives its exchange stops nothing, and starts nothing.
        let moving = budget.moving();
        drop(budget.waiting());
        drop(moving);
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(budget.remaining(), Duration::from_secs(7));
        {
            let _waiting = budget.waiting();
            tokio::time::sleep(Duration::from_secs(9)).await;
        }
        assert_eq!(budget.remaining(), Duration::ZERO);
        let (outcome, made) = attempts(&budget, Repeat::Safe, |_| None).await;
        assert!(made.is_empty(), "no attempt with no time left");
        assert!(outcome.unwrap_err().to_string().contains("are spent"));
    }
}
