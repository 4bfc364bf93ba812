// npm run bench:term-candidates — the term candidates' section of bench:terms alone, without the 100,000-pair corpus.
import { candidatePrecision } from './terms/candidatePrecision';

candidatePrecision();
