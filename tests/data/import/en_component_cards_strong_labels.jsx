import Shell from "../components/Shell";

export default function ProcessorsPage() {
	return (
		<Shell className="legal">
			<div className="page">
				<h1>Sub-processors</h1>
				<p>
					<em>Last revised: March 3, 2024</em>
				</p>

				<div className="processor">
					<h3>Harborlight</h3>
					<p>
						<strong>Nature of Processing:</strong> application hosting
						<br />
						<strong>Territories:</strong>Ireland
					</p>
				</div>

				<div className="processor">
					<h3>Quillpost Ltd. (Quillpost Mail)</h3>
					<p>
						<strong>Nature of Processing:</strong> transactional email
						and newsletters
						<br />
						<strong>Territories:</strong> United Kingdom
					</p>
				</div>
			</div>
		</Shell>
	);
}
